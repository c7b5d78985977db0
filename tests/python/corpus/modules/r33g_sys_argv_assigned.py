# Faking the command line by assigning sys.argv before parse_args(), as tutorials do
import argparse
import sys

sys.argv = ["wordcount.py", "--top", "2", "the cat and the hat and the bat"]
parser = argparse.ArgumentParser()
parser.add_argument("text")
parser.add_argument("--top", type=int, default=3)
args = parser.parse_args()
counts = {}
for w in args.text.split():
    counts[w] = counts.get(w, 0) + 1
for word, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[: args.top]:
    print(word, n)
sys.argv = ["wordcount.py"]
parser.parse_args()
