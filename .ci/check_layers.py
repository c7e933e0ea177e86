"""Imports flow one way: a hetdro module imports only modules of notebooks earlier in file-name order.

`python .ci/check_layers.py` prints each module with what it imports (lazy imports inside functions included)
and exits 1 on any import of a module from the same or a later notebook.
"""
import json, re, sys
from pathlib import Path

root = Path(__file__).resolve().parent.parent
order = {}                                                             # module -> position of its notebook
for i, nb in enumerate(sorted((root / 'nbs').glob('*.ipynb'))):
    for cell in json.loads(nb.read_text(encoding='utf-8'))['cells']:
        m = re.search(r'^#\|\s*default_exp\s+(\S+)', ''.join(cell['source']), re.M)
        if m: order[m.group(1)] = i
bad = []
for mod, pos in sorted(order.items(), key=lambda kv: kv[1]):
    src = (root / 'hetdro' / f'{mod}.py').read_text(encoding='utf-8')
    used = sorted(set(re.findall(r'^\s*from\s+(?:\.|hetdro\.)(\w+)\s+import', src, re.M)))
    wrong = [u for u in used if order.get(u, -1) >= pos]
    bad += [f'{mod} imports {u}' for u in wrong]
    print(f"{mod}: {', '.join(used) or '-'}" + (f"   <- not earlier: {', '.join(wrong)}" if wrong else ''))
if bad: print('imports that flow upwards:', '; '.join(bad))
sys.exit(1 if bad else 0)
