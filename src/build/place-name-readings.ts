import { pinyin } from 'pinyin-pro';
/**
 * Place names whose characters are read differently in the name than on their own, where
 * pinyin-pro's dictionary gives the everyday reading (单 dān, but 单县 Shàn Xiàn). The key is the
 * start of the name; the value its syllables.
 */
export const PLACE_NAME_READINGS: Record<string, string> = {
  单县: 'shan xian',
  洪洞: 'hong tong',
  乐亭: 'lao ting',
  蔚县: 'yu xian',
  涡阳: 'guo yang',
  繁峙: 'fan shi',
  大埔: 'da bu',
  黄陂: 'huang pi',
  筠连: 'jun lian',
  歙县: 'she xian',
  尉犁: 'yu li',
  浚县: 'xun xian',
  泌阳: 'bi yang',
  乐清: 'yue qing',
  什邡: 'shi fang',
};

/** The syllables of a place name, one per character, with place-name readings of polyphones. */
export function readingOf(name: string): string {
  const syllables = pinyin(name, { toneType: 'none', type: 'array' });
  for (const [start, reading] of Object.entries(PLACE_NAME_READINGS)) {
    if (name.startsWith(start)) syllables.splice(0, start.length, ...reading.split(' '));
  }
  if (syllables.length !== name.length) throw new Error(`pinyin of ${name} has ${syllables.length} syllables`);
  return syllables.join(' ');
}
