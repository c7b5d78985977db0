# A tour of the built-in actions: store_const, store_true/false, append, append_const, count
import argparse

p = argparse.ArgumentParser()
p.add_argument("--mode", action="store_const", const="fast", default="slow")
p.add_argument("--no-cache", dest="cache", action="store_false")
p.add_argument("--debug", action="store_true")
p.add_argument("-I", "--include", action="append", default=None)
p.add_argument("--str", dest="types", action="append_const", const=str)
p.add_argument("--int", dest="types", action="append_const", const=int)
p.add_argument("-v", "--verbose", action="count", default=0)

print(p.parse_args([]))
a = p.parse_args("--mode --no-cache -I a -I b --include c --str --int --str -vvv -v".split())
print(a)
print(a.include, a.types, a.verbose)
