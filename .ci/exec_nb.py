"""Execute a notebook and commit its outputs, with the state of the widgets it displays.

`python .ci/exec_nb.py nbs/08_analysis.ipynb` runs every cell (the `#| slow` ones too) as `exec_nb` does, in the
notebook's folder, stops at the first error, and writes the outputs back. Unlike `exec_nb`, it also saves the
state of every displayed ipywidget in the notebook's metadata (`widgets`, which `nbdev_clean` keeps), as
JupyterLab does with "Save Widget State Automatically": the docs then show the widgets as they were drawn.

`--only ID [ID ...]` runs the whole notebook but writes back only the outputs of the cells with those ids, so
that the other cells keep their committed outputs (a notebook someone else is editing too, or slow cells whose
outputs should not change). `--skip-slow` does not run the `#| slow` cells (they keep their committed outputs):
for notebooks whose slow cells take long, with `--only` naming cells that do not depend on them. Run `nbdev_clean`
afterwards.
"""
import argparse, json, os, re, sys
from pathlib import Path
from execnb.nbio import read_nb, write_nb
from execnb.shell import CaptureShell

WIDGET_VIEW = 'application/vnd.jupyter.widget-view+json'
WIDGET_STATE = 'application/vnd.jupyter.widget-state+json'

def widget_ids(cells)->list:
    "The model ids of the widgets displayed in `cells`' outputs."
    return [o['data'][WIDGET_VIEW]['model_id'] for c in cells for o in c.get('outputs', [])
            if WIDGET_VIEW in o.get('data', {})]

def widget_state(ids:list)->dict|None:
    "The notebook metadata entry that holds the state of these widgets and of the widgets they hold."
    if not ids: return None
    from ipywidgets.embed import dependency_state
    from ipywidgets.widgets.widget import _instances
    state = dependency_state([_instances[i] for i in ids], drop_defaults=True)
    return {WIDGET_STATE: dict(version_major=2, version_minor=0, state=state)}

def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument('notebook')
    p.add_argument('--only', nargs='+', help='write back only the outputs of the cells with these ids')
    p.add_argument('--skip-slow', action='store_true', help="do not run the `#| slow` cells")
    args = p.parse_args()
    path = Path(args.notebook).resolve()
    nb, committed = read_nb(path), read_nb(path)
    shell = CaptureShell()
    cwd = os.getcwd()
    os.chdir(path.parent)
    try:
        shell._fname = str(path)
        shell.set_path(path.parent)
        slow = lambda c: c.cell_type == 'code' and re.search(r'^#\|\s*slow\b', c.source, re.M)
        shell.run_all(nb, exc_stop=True, preproc=slow if args.skip_slow else lambda c: False)
    finally: os.chdir(cwd)
    if args.only:
        ran = {c.get('id'): c for c in nb.cells}
        missing = [i for i in args.only if i not in ran]
        if missing: sys.exit(f'{path.name} has no cells with ids {missing}')
        for c in committed.cells:
            if c.get('id') in args.only: c['outputs'] = ran[c['id']].get('outputs', [])
        nb = committed
    shown = [c for c in nb.cells if not args.only or c.get('id') in args.only]
    state = widget_state(widget_ids(shown))
    if state is not None: nb.metadata['widgets'] = state
    elif not widget_ids(nb.cells): nb.metadata.pop('widgets', None)
    write_nb(nb, path)
    print(f'executed {path.name}' + (f' (outputs of {len(args.only)} cells written)' if args.only else ''))

if __name__ == '__main__': main()
