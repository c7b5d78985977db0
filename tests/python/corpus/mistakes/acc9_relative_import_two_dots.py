# A relative import of a parent package, from a script.
try:
    from ..utils import helper
except ImportError as e:
    print("ImportError:", e, e.name)
from .config import settings
