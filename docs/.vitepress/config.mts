import { defineConfig } from 'vitepress';

export default defineConfig({
  lang: 'vi',
  title: 'Tự Soi',
  description: 'Kiểm điểm, đánh giá, xếp loại chất lượng theo Quy định 366-QĐ/TW',
  themeConfig: {
    nav: [
      { text: 'Quy tắc / Rules', link: '/rules' },
      { text: 'Thuật ngữ / Glossary', link: '/glossary' },
    ],
  },
});
