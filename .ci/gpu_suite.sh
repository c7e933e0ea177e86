#!/usr/bin/env bash
# The GPU suite on a lent GPU machine, which has python3 with torch and torchvision but no network and not all of
# hetdro's dependencies (README, "Developing": the carry plan).
#   bash .ci/gpu_suite.sh prepare          on the build machine: the missing pure-Python wheels, unpacked into .gpu/site
#   bash .ci/gpu_suite.sh run OUT [SECS]   on the GPU machine (the repo with .gpu carried): the suite into OUT/suite.json,
#                                          within SECS seconds (default 480), killed 60 s after that if it overruns
set -euo pipefail
cd "$(dirname "$0")/.."
site=.gpu/site
case "${1:-}" in
  prepare)
    rm -rf .gpu && mkdir -p .gpu/wheels
    # the versions settings.ini allows, as wheels for the GPU machine's Python 3.12; fastprogress < 1.1 has no
    # dependencies (1.1 brings python-fasthtml and about ten more packages)
    python3 -m pip download -q --no-deps --only-binary=:all: --python-version 3.12 -d .gpu/wheels \
      'fastcore>=1.12.3,<1.15' 'fastprogress>=1.0,<1.1'
    python3 -m pip install -q --no-deps --no-compile --target "$site" .gpu/wheels/*.whl
    du -sh .gpu/wheels "$site" ;;
  run)
    out=${2:?usage: gpu_suite.sh run OUT [SECS]}; secs=${3:-480}
    export PYTHONPATH="$PWD:$PWD/$site${PYTHONPATH:+:$PYTHONPATH}" PYTHONUNBUFFERED=1
    mkdir -p "$out"
    python3 -c 'import torch; print("torch", torch.__version__, "cuda", torch.version.cuda, torch.cuda.is_available())'
    timeout --signal=KILL $((secs + 60)) python3 -m hetdro.suite --suite gpu --device cuda --out "$out" \
      --deadline "$secs" 2>&1 | tee "$out/suite.log" ;;
  *) sed -n '2,7p' "$0"; exit 2 ;;
esac
