#!/usr/bin/env bash
# Copy the train and dev splits of the public labelled sets out of their fetched git mirrors
# into the project's data folder (never committed). Test splits are never copied.
#   bash ops/data/extract.sh [MIRRORS_DIR] [DATA_DIR]
set -euo pipefail
mirrors="${1:-/work/.mirror}"
data="${2:-$(cd "$(dirname "$0")/../.." && pwd)/.wirewatch/data}"
mkdir -p "$data"

copy() {  # copy REPO PATH DEST
    local git_dir="$mirrors/$1/repo" dest="$data/$3"
    if [[ ! -d "$git_dir" ]]; then echo "absent: $1 (fetch it first)" >&2; return 0; fi
    mkdir -p "$(dirname "$dest")"
    git --git-dir="$git_dir" show "HEAD:$2" > "$dest"
}

conflibert=eventdata+ConfliBERT
for split in train dev; do
    copy $conflibert "data/IndiaPoliceEvents_sents/$split.tsv" "police_sents/$split.tsv"
    copy $conflibert "data/muc4/$split.json" "muc4/$split.json"
    copy $conflibert "data/insightCrime/$split.tsv" "insight_crime/$split.tsv"
    copy $conflibert "data/BBC_News/$split.tsv" "bbc_politics/$split.tsv"
    copy $conflibert "data/re3d/$split.txt" "re3d/$split.txt"
done
copy $conflibert data/re3d/labels.json re3d/labels.json
copy $conflibert data/cameo_class/train.tsv cameo_class/train.tsv
copy $conflibert data/cameo_ner/train.txt cameo_ner/train.txt
copy $conflibert data/20news/dev.tsv 20news/dev.tsv
copy israelcamp+T5-For-NER data/conll2003/train.txt conll2003/train.txt
copy israelcamp+T5-For-NER data/conll2003/valid.txt conll2003/valid.txt
# MasakhaNEWS English: the dev file and the authors' 50-a-class sample of the train file (the
# train file itself is too large for the mirror).
copy masakhane-io+masakhane-news data/eng/dev.tsv masakhanews/dev.tsv
copy masakhane-io+masakhane-news few_shot_data/50_samples/eng/train.tsv masakhanews/train_sample.tsv

bbc=dejanbatanjac+bbc-article-classify-bert
if [[ -d "$mirrors/$bbc/repo" ]]; then
    git --git-dir="$mirrors/$bbc/repo" ls-tree -r --name-only HEAD | grep '^bbc/.*/[0-9]*\.txt$' |
    while read -r path; do
        mkdir -p "$data/bbc_full/$(dirname "${path#bbc/}")"
        git --git-dir="$mirrors/$bbc/repo" show "HEAD:$path" > "$data/bbc_full/${path#bbc/}"
    done
fi
echo "extracted to $data"
