#!/usr/bin/env bash
# Real news for the tuning and blind sets (tests/test_ntrex_tuning.py, tests/test_blind.py, bench/): two wheels
# that ship news text as package data, installed without their dependencies, for the files only:
# - nlp-id (MIT): kumparan's Indonesian news sentences (bench/kumparan.py);
# - gensim (LGPL-2.1): the Lee corpus of ABC news documents in its test data (bench/lee.py).
# Nothing imports either package; the text is read from the installed files and never copied into the repository.
# Quick and idempotent when both are present; without them those records are skipped with a message.
set -euo pipefail
PY=${PY:-.venv/bin/python}
want() { "$PY" -c "from importlib import metadata; import sys; sys.exit(metadata.version('$1') != '$2')" 2>/dev/null; }
for pin in nlp-id==0.1.23.0 gensim==4.4.0; do
  if ! want "${pin%%==*}" "${pin##*==}"; then
    "$PY" -m pip install -q --no-deps "$pin" 2>&1 | grep -v "is ignored: it is neither" || true
  fi
done
