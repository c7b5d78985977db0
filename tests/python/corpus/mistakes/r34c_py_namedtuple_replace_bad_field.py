# Replacing a field that the namedtuple does not have
from collections import namedtuple

Config = namedtuple("Config", ["host", "port"], defaults=[80])
c = Config("localhost")
print(c)
print(c._replace(prot=8080))
