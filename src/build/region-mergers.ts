/**
 * Districts merged into another: the Ministry's lists show only that the code went, not where.
 * Each entry is [retired code, the current code(s) it went into, the year of the State Council's
 * approval]. Kept to mergers of whole districts into one successor; a district split between
 * several is left out (its code then resolves to the candidates of its city, not to one of them).
 */
export const MERGERS: [string, string[], number][] = [
  ['110103', ['110101'], 2010], // 崇文区 → 东城区
  ['110104', ['110102'], 2010], // 宣武区 → 西城区
  ['120107', ['120116'], 2009], // 塘沽区 → 滨海新区
  ['120108', ['120116'], 2009], // 汉沽区 → 滨海新区
  ['120109', ['120116'], 2009], // 大港区 → 滨海新区
  ['310103', ['310101'], 2011], // 卢湾区 → 黄浦区
  ['310108', ['310106'], 2015], // 闸北区 → 静安区
  ['310119', ['310115'], 2009], // 南汇区 → 浦东新区
  ['320103', ['320104'], 2013], // 白下区 → 秦淮区
  ['320107', ['320106'], 2013], // 下关区 → 鼓楼区
  ['440102', ['440104'], 2005], // 东山区 → 越秀区
  ['440107', ['440103'], 2005], // 芳村区 → 荔湾区
];
