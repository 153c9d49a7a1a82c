/** The CLI answers in the locale environment's language: every test starts from a Chinese one. */
process.env.LANG = 'zh_CN.UTF-8';
delete process.env.LC_ALL;
delete process.env.LC_MESSAGES;
