# Code from an old tutorial: ArgumentParser(version=...) and optparse-style %prog no longer work
import argparse

p = argparse.ArgumentParser(prog="old", usage="%prog [options] arg")
p.add_argument("arg")
print(repr(p.format_usage()))
try:
    argparse.ArgumentParser(prog="old", version="1.0")
except TypeError as e:
    print("TypeError:", e)
p.add_argument("--x", type="string")
