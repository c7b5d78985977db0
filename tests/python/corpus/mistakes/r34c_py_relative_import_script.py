# A relative import copied from a package into a standalone script
from .helpers import slugify

print(slugify("Hello World"))
print("done")
