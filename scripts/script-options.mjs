/**
 * `--name value` options of the measuring scripts: `opt(name, dflt)` gives the value after `--name` (or `dflt`
 * when the flag is missing or followed by another flag); `has(name)` tells whether a bare flag is there.
 */
export function scriptOptions(args = process.argv.slice(2)) {
  return {
    args,
    opt(name, dflt) {
      const i = args.indexOf('--' + name);
      return i >= 0 && args[i + 1] && !args[i + 1].startsWith('--') ? args[i + 1] : dflt;
    },
    has: (name) => args.includes('--' + name),
  };
}
