# Help text with tabs, non-breaking spaces and newlines is squeezed into single spaces
import argparse

p = argparse.ArgumentParser(prog="ws", description="tabs\there,\tnewlines\nhere, and a\u00a0no-break\u00a0space")
p.add_argument("--x", help="alpha\t\tbeta\n\ngamma   delta" + " epsilon" * 12)
p.add_argument("--y", help="a-very-long-word-without-any-spaces-in-it-that-cannot-be-broken-anywhere-at-all-ok")
text = p.format_help()
print(text)
print(max(len(line) for line in text.splitlines()))
