#!/bin/sh
# bench_classify.sh: MB/s of HTML classified by `pressprobe classify`'s
# page pipeline (charset decoding to NFC, the HTML parse, the regions,
# every rule) beside a bare libxml2 parse of the same pages
# (htmlReadMemory + xmlFreeDoc) in the same run, and the time per page
# with rule sets of 100 and of 10,000 phrases (generated: Vietnamese
# syllables in 2- and 3-word phrases, spread over every region), plus the
# shipped rules.  Pages: the labelled corpus (tests/data/corpus, 107
# pages) and the extractor's realistic pages (tests/data/html).
#
#   tools/bench/bench_classify.sh [BUILD_DIR] [ROUNDS]
#
# Target (issue 4): classification at most 2x the bare parse, and the
# time per page barely moving between 100 and 10,000 phrases.  A
# benchmark, not a test: it prints figures and never fails on them.
set -eu
top=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$top/_build}
rounds=${2:-20}
BENCH="$build/tools/bench/bench_classify"
[ -x "$BENCH" ] || { echo "bench: build first: $BENCH is missing" >&2; exit 1; }
work=$(mktemp -d "${TMPDIR:-/tmp}/ppbench.XXXXXX")
trap 'rm -rf "$work"' EXIT

python3 - "$work" <<'PY'
import itertools, os, random, sys
work = sys.argv[1]
syl = ("bao tin thoi su phap luat kinh te xa hoi the gioi van hoa giao duc "
       "suc khoe doi song giai tri the thao cong nghe du lich nha dat "
       "phong vien toa soan bien tap nguon theo dieu tra phan anh ban doc "
       "vu viec doanh nghiep du an sai pham co quan chuc nang lanh dao "
       "tinh thanh pho huyen xa nguoi dan thong tin tong hop giay phep").split()
accent = {"bao": "báo", "tin": "tin", "su": "sự", "phap": "pháp",
          "luat": "luật", "kinh": "kinh", "te": "tế", "xa": "xã",
          "hoi": "hội", "gioi": "giới", "van": "văn", "hoa": "hóa",
          "giao": "giáo", "duc": "dục", "khoe": "khỏe", "doi": "đời",
          "song": "sống", "giai": "giải", "tri": "trí", "thao": "thao",
          "cong": "công", "nghe": "nghệ", "lich": "lịch", "nha": "nhà",
          "dat": "đất", "phong": "phóng", "vien": "viên", "toa": "tòa",
          "soan": "soạn", "bien": "biên", "tap": "tập", "nguon": "nguồn",
          "dieu": "điều", "tra": "tra", "phan": "phản", "anh": "ánh",
          "ban": "bạn", "doc": "đọc", "vu": "vụ", "viec": "việc",
          "doanh": "doanh", "nghiep": "nghiệp", "an": "án", "sai": "sai",
          "pham": "phạm", "co": "cơ", "quan": "quan", "chuc": "chức",
          "nang": "năng", "lanh": "lãnh", "dao": "đạo", "tinh": "tỉnh",
          "thanh": "thành", "pho": "phố", "huyen": "huyện", "dan": "dân",
          "thong": "thông", "tong": "tổng", "hop": "hợp", "giay": "giấy",
          "nguoi": "người", "thoi": "thời", "the": "thế", "du": "du"}
words = [accent.get(s, s) for s in syl]
rnd = random.Random(7)
phrases = set()
while len(phrases) < 10000:
    n = rnd.choice((2, 2, 3))
    phrases.add(" ".join(rnd.choice(words) for _ in range(n)))
phrases = sorted(phrases)
rnd.shuffle(phrases)
regions = ["page", "body", "title", "footer", "nav", "header", "meta"]
for total in (100, 10000):
    d = os.path.join(work, "r%d" % total)
    os.makedirs(d)
    with open(os.path.join(d, "00-scoring.yaml"), "w") as f:
        f.write("scoring:\n  press: 12\n  aggregator: 5\n  social: 8\n"
                "  other: 8\n")
    per = 10 if total == 100 else 100
    with open(os.path.join(d, "gen.yaml"), "w", encoding="utf-8") as f:
        f.write("signals:\n")
        for k in range(total // per):
            ph = phrases[k * per:(k + 1) * per]
            f.write("  - id: gen.s%d\n    title: generated\n"
                    "    family: generated\n    basis: benchmark\n"
                    "    certainty: secondary\n    weight: 1\n"
                    "    towards: press\n    max: 1\n"
                    "    regions: [%s]\n    phrases: [%s]\n"
                    % (k, regions[k % len(regions)],
                       ", ".join('"%s"' % p for p in ph)))
PY

set -- "$top"/tests/data/corpus/pages/*/* "$top"/tests/data/html/*.html
echo "bench_classify: $# pages, best of $rounds rounds, $(nproc) CPUs"
printf '%-22s %8s %10s %12s %7s %9s\n' "rules" "phrases" "bare MB/s" \
  "classify MB/s" "ratio" "us/page"
for r in shipped:"$top/rules/signals" 100:"$work/r100" 10000:"$work/r10000"
do
  name=${r%%:*}
  dir=${r#*:}
  "$BENCH" -r "$rounds" -R "$dir" "$@" |
    awk -v n="$name" '{ printf "%-22s %8s %10s %12s %7s %9s\n", n, $6, $8,
                       $10, $12, $14 }'
done
