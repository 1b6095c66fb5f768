// Times dockerfile-ast (npm). Usage: node ast.js MODULE_DIR N FILE...
// Prints the sum over FILEs of the best of N parse times, in seconds.
const fs = require("fs");
const { DockerfileParser } = require(process.argv[2]);
const n = parseInt(process.argv[3], 10);
let total = 0;
for (const path of process.argv.slice(4)) {
  const text = fs.readFileSync(path, "utf8");
  let best = Infinity;
  for (let i = 0; i < n; i++) {
    const t = process.hrtime.bigint();
    DockerfileParser.parse(text);
    best = Math.min(best, Number(process.hrtime.bigint() - t) / 1e9);
  }
  total += best;
}
console.log(total.toFixed(9));
