"""How fastcore-sized the exported cells are: lines per cell, definitions per cell, long lines.

`python .ci/cell_stats.py` prints, per notebook and overall, the exported cells' median length in lines, the share
of cells with definitions that hold more than one top-level definition (`def`/`class`), and the share of package
lines over 100 characters (of `hetdro/*.py`, the generated `_modidx.py` left out). Issue 27's targets: median
<= 10 lines, one definition per cell, <= 5% of lines over 100 characters. `--check` exits 1 when the overall
median, the share of cells with several definitions (fastcore's 5%) or the long-line share misses its target.
"""
import ast, json, re, statistics, sys
from pathlib import Path

root = Path(__file__).resolve().parent.parent

def exported_cells(nb:Path)->list[str]:
    "The sources of a notebook's `#| export` cells, directive lines left out."
    cells = json.loads(nb.read_text(encoding='utf-8'))['cells']
    out = []
    for c in cells:
        src = ''.join(c['source'])
        if c['cell_type'] == 'code' and re.search(r'^#\|\s*export\b', src, re.M):
            out.append('\n'.join(l for l in src.splitlines() if not l.startswith('#|')).strip('\n'))
    return out

def definitions(src:str)->int:
    "Top-level functions and classes defined in a cell."
    try: tree = ast.parse(src)
    except SyntaxError: return 0
    return sum(isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) for n in tree.body)

rows, all_lengths, all_defs = [], [], []
for nb in sorted((root / 'nbs').glob('*.ipynb')):
    cells = exported_cells(nb)
    if not cells: continue
    lengths = [len(c.splitlines()) for c in cells]
    defs = [d for d in map(definitions, cells) if d]
    all_lengths += lengths; all_defs += defs
    rows.append((nb.stem, len(cells), statistics.median(lengths), max(lengths),
                 sum(d > 1 for d in defs) / max(len(defs), 1)))
print(f"{'notebook':20s} {'cells':>5s} {'median':>6s} {'max':>4s} {'several defs':>12s}")
for name, n, med, mx, several in rows: print(f"{name:20s} {n:5d} {med:6.1f} {mx:4d} {several:12.0%}")
lines = [l for p in sorted((root / 'hetdro').glob('*.py')) if p.name != '_modidx.py'
         for l in p.read_text(encoding='utf-8').splitlines()]
long_share = sum(len(l) > 100 for l in lines) / len(lines)
median, several = statistics.median(all_lengths), sum(d > 1 for d in all_defs) / len(all_defs)
print(f"\nall: {len(all_lengths)} exported cells, median {median:.1f} lines, {several:.0%} of cells with definitions "
      f"hold several, {long_share:.1%} of {len(lines)} package lines over 100 characters")
if '--check' in sys.argv and (median > 10 or several > 0.05 or long_share > 0.05): sys.exit(1)
