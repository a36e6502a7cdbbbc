import { defineConfig } from 'vitepress';

export default defineConfig({
  lang: 'vi',
  title: 'Tự Soi',
  description: 'Kiểm điểm, đánh giá, xếp loại chất lượng theo Quy định 366-QĐ/TW',
  // The playground pages are static files in public/, not Markdown pages.
  ignoreDeadLinks: [/^\/playground\//],
  themeConfig: {
    nav: [
      { text: 'Hướng dẫn / Guides', link: '/guide/staff' },
      { text: 'Sân tập / Playground', link: '/guide/trainers' },
      { text: 'Quy tắc / Rules', link: '/rules' },
      { text: 'API', link: '/api/' },
    ],
    sidebar: [
      {
        text: 'Hướng dẫn / Guides',
        items: [
          { text: 'Cán bộ, đảng viên / Staff', link: '/guide/staff' },
          { text: 'Lập trình viên / Developers', link: '/guide/developers' },
          { text: 'Giảng viên / Trainers', link: '/guide/trainers' },
        ],
      },
      {
        text: 'Tra cứu / Reference',
        items: [
          { text: 'Quy tắc / Rules', link: '/rules' },
          { text: 'Bảng thang điểm / Packs', link: '/packs' },
          { text: 'Định dạng dữ liệu / Formats', link: '/format' },
          { text: 'Thuật ngữ / Glossary', link: '/glossary' },
          { text: 'API', link: '/api/' },
        ],
      },
    ],
    search: { provider: 'local' },
  },
});
