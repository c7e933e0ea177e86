"""The explorer of `08_analysis` in a real Jupyter kernel, clicked through a kernel subshell as JupyterLab does.

JupyterLab 4.6 sends widget messages over a kernel subshell ("comms over subshells"), so the callbacks run on a
second kernel thread while pyplot's inline backend flushes figures from the main one. `nbdev_test` has no kernel,
so the notebook's own test can only run the callbacks on another thread; this script checks the real thing.

Needs the `notebooks` extra (`pip install -e '.[dev,notebooks]'`: ipykernel 7 or later, for subshells). Run from the
repository root: `python .ci/kernel_explorer.py`. It trains a tiny run (seconds), builds an explorer on it, and
clicks its controls through a subshell. It exits 1 unless every click publishes a picture into the widget that is
not blank, and no figure escapes the widget (shown by the next cell, as pyplot's flush would show it).
"""
import io, os, queue, sys, time
from pathlib import Path
import numpy as np
from PIL import Image
from jupyter_client import KernelManager

SETUP = r'''
%matplotlib inline
import tempfile
from pathlib import Path
from hetdro.train import fit, load_config, prepare_data
from hetdro.analysis import explorer
tmp = Path(tempfile.mkdtemp(prefix='hetdro-kernel-'))
tiny = dict(dataset='synthcaps', synthcaps_root=str(tmp / 'synth'), cache_dir=str(tmp / 'cache'),
            synthcaps_train_images=80, synthcaps_test_images=20, synthcaps_jpeg_size=[24, 18],
            synthcaps_caption_names_class=0.9, synthcaps_caption_word_noise=0.1, textcaps_num_classes=3,
            num_classes=3, image_size=16, val_fraction=0.25, max_len=32,
            groups=[dict(name='image', encoder='simple_cnn_visual', options=dict(width=4, depth=1)),
                    dict(name='text', encoder='mlp_text', options=dict(embed_dim=8, hidden=8))],
            latent_dim=4, head_hidden=8, batch_size=32, epochs=2, lr=1e-2, groupdro_warmup_epochs=1,
            groupdro_eta=0.1, log_interval=1, progress=False, device='cpu')
data = prepare_data(load_config(tiny), verbose=False)
ex = explorer([fit(dict(tiny, run_dir=str(tmp / 'dro' / 'seed0')), data=data).run_dir], data=data)
ex
'''
IDS = "print(*[w.model_id for w in (ex.controls['classes'], ex.controls['checkpoint'], *ex.pictures)])"

def main()->int:
    root = Path(__file__).resolve().parent.parent
    env = {k: v for k, v in os.environ.items() if k != 'MPLBACKEND'}       # the kernel's own: inline
    env['PYTHONPATH'] = os.pathsep.join([str(root), env.get('PYTHONPATH', '')])
    km = KernelManager(kernel_name='python3')
    km.start_kernel(env=env)
    kc = km.client()
    kc.start_channels()
    try:
        kc.wait_for_ready(timeout=120)
        if 'kernel subshells' not in kc.kernel_info(reply=True)['content'].get('supported_features', []):
            print('this kernel has no subshells (ipykernel >= 7 has)')
            return 1
        def run(code:str)->list:
            "Execute `code` on the main shell; its iopub messages."
            msg_id = kc.execute(code)
            out = []
            while True:
                m = kc.get_iopub_msg(timeout=300)
                if m['parent_header'].get('msg_id') != msg_id: continue
                out.append(m)
                if m['msg_type'] == 'error': raise RuntimeError('\n'.join(m['content']['traceback']))
                if m['msg_type'] == 'status' and m['content']['execution_state'] == 'idle': return out
        run(SETUP)
        cls_id, ck_id, anchors_id, _ = next(m['content']['text'] for m in run(IDS) if m['msg_type'] == 'stream').split()
        kc.control_channel.send(kc.session.msg('create_subshell_request', {}))
        subshell = kc.get_control_msg(timeout=30)['content']['subshell_id']
        clicks = [(cls_id, [0, 2]), (ck_id, 1), (cls_id, [1]), (ck_id, 0), (cls_id, [0, 1, 2])] * 2
        problems = []
        for k, (comm_id, index) in enumerate(clicks):
            msg = kc.session.msg('comm_msg', dict(comm_id=comm_id, data=dict(method='update', state=dict(index=index),
                                                                              buffer_paths=[])))
            msg['header']['subshell_id'] = subshell
            kc.shell_channel.send(msg)
            pictures, end = [], time.time() + 60
            while not pictures and time.time() < end:            # the redraw's picture, sent back as a comm update
                try: m = kc.get_iopub_msg(timeout=1)
                except queue.Empty: continue
                if m['msg_type'] == 'comm_msg' and m['content']['comm_id'] == anchors_id and m['buffers']:
                    pictures.append(bytes(m['buffers'][0]))
            if not pictures: problems.append(f'click {k}: no picture within a minute')
            elif np.asarray(Image.open(io.BytesIO(pictures[0])).convert('L')).std() < 10:
                problems.append(f'click {k}: a blank picture')
            shown = [m for m in run('1') if m['msg_type'] == 'display_data' and 'image/png' in m['content']['data']]
            if shown: problems.append(f'click {k}: {len(shown)} figure(s) escaped the widget into the next cell')
        print(f"{len(clicks)} clicks through a subshell: " + ('; '.join(problems) if problems else
                                                              'each published a drawn picture, none escaped'))
        return 1 if problems else 0
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)

if __name__ == '__main__': sys.exit(main())
