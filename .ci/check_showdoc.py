"""Every public function and class of a hetdro module has a `show_doc(...)` cell in the notebook it comes from.

`python .ci/check_showdoc.py [NOTEBOOK ...]` (default: every numbered notebook) prints one line per notebook and
exits 1 if any public function or class lacks one, so the notebooks stay the API reference.
"""
import importlib, inspect, json, re, sys
from pathlib import Path

def exported_module(nb:dict)->str|None:
    "The module a notebook exports to (its `#| default_exp`), or None."
    for c in nb['cells']:
        m = re.search(r'^#\|\s*default_exp\s+(\S+)', ''.join(c['source']), re.M)
        if m: return m.group(1)

def undocumented(path:Path)->tuple[list[str], list[str]]:
    "The public functions/classes of `path`'s module, and those without a `show_doc` call in it."
    nb = json.loads(path.read_text(encoding='utf-8'))
    mod = exported_module(nb)
    if mod is None: return [], []
    m = importlib.import_module(f'hetdro.{mod}')
    code = '\n'.join(''.join(c['source']) for c in nb['cells'] if c['cell_type'] == 'code')
    documented = set(re.findall(r'show_doc\(\s*([A-Za-z_][\w.]*)', code))
    public = [n for n in getattr(m, '__all__', []) if inspect.isfunction(getattr(m, n, None))
              or inspect.isclass(getattr(m, n, None))]
    return public, [n for n in public if n not in documented]

if __name__ == '__main__':
    root = Path(__file__).resolve().parent.parent
    paths = [Path(p) for p in sys.argv[1:]] or sorted((root / 'nbs').glob('[0-9]*.ipynb'))
    missing_any = False
    for p in paths:
        public, missing = undocumented(p)
        if not public: continue
        missing_any |= bool(missing)
        print(f"{p.name}: {len(public) - len(missing)} of {len(public)} public functions and classes have show_doc"
              + (f"; missing: {', '.join(missing)}" if missing else ''))
    sys.exit(1 if missing_any else 0)
