// Vite turns `?inline` CSS imports into strings; the overlay puts them into its shadow root.
declare module '*.css?inline' {
  const css: string;
  export default css;
}
