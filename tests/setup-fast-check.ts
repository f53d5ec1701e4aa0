// Property tests run with a fixed seed so CI is reproducible; FC_SEED=<n> picks another, FC_SEED=random explores.
import * as fc from "fast-check";

const wanted = process.env.FC_SEED;
if (wanted !== "random") fc.configureGlobal({ seed: wanted ? Number(wanted) : 20261125 });
