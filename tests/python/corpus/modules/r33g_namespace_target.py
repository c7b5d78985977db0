# parse_args can fill an object of my own instead of a new Namespace
import argparse

class Config:
    verbose = False
    level = 1

    def __repr__(self):
        return f"Config(verbose={self.verbose}, level={self.level}, name={getattr(self, 'name', None)!r})"

p = argparse.ArgumentParser()
p.add_argument("--verbose", action="store_true")
p.add_argument("--level", type=int, default=5)
p.add_argument("name")
c = Config()
result = p.parse_args(["bob"], namespace=c)
print(result is c, c)
c2 = p.parse_args(["--level", "9", "ann"], namespace=Config())
print(c2)
pre = argparse.Namespace(level=7, extra="kept")
print(p.parse_args(["zed"], namespace=pre))
