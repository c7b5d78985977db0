# A relative import in a script run directly.
from . import helpers

print(helpers)
print("unreachable")
