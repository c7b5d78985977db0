# Playing with Namespace objects: repr, equality, "in", vars, and odd attribute names
import argparse

ns = argparse.Namespace(b=2, a=1)
print(ns, ns == argparse.Namespace(a=1, b=2), ns != argparse.Namespace(a=1))
print("a" in ns, "c" in ns)
ns.c = [1, 2]
print(sorted(vars(ns)))
odd = argparse.Namespace(**{"my-arg": 1, "ok": 2, "with space": 3})
print(odd)
p = argparse.ArgumentParser()
p.add_argument("input-file")
p.add_argument("--dry-run", action="store_true")
a = p.parse_args(["x.txt"])
print(a)
print(getattr(a, "input-file"), a.dry_run)
print(argparse.Namespace())
print(ns == {"a": 1, "b": 2, "c": [1, 2]})
