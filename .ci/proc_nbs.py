"""Run `nbdev_proc_nbs`'s work without its Quarto installer.

`nbdev_proc_nbs` starts by installing Quarto when none is on PATH: it downloads a package with curl, calls sudo,
and runs `pip install -e .[dev]` with whichever pip comes first. Quarto is not installable on the build machines,
so this script does the same steps minus that one: refresh `nbs/_quarto.yml` and `nbs/nbdev.yml` from settings.ini,
rebuild the module index and the sidebar, and put every notebook through nbdev's processors (which executes the
exported and `show_doc` cells). Any exception fails it; `.ci/run` also fails on warnings it prints.
"""
from nbdev.config import get_config
from nbdev.doclinks import _build_modidx
from nbdev.quarto import refresh_quarto_yml, nbdev_sidebar
from nbdev.serve import proc_nbs

if __name__ == '__main__':
    cfg = get_config()
    refresh_quarto_yml()
    _build_modidx()
    nbdev_sidebar.__wrapped__(path=cfg.nbs_path)
    proc_nbs(cfg.nbs_path, n_workers=2, force=True)
    print(f"processed the notebooks in {cfg.nbs_path} into {cfg.config_path / '_proc'}")
