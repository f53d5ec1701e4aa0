// The version printed by `releve --version`, from package.json (bundled at build time).
import pkg from "../../package.json";

/** The package version, e.g. `0.1.0`. */
export const VERSION: string = pkg.version;
