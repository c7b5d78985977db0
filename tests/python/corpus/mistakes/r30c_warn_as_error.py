# Turning warnings into errors to find where they come from.
import warnings
warnings.simplefilter("error")

def legacy():
    warnings.warn("legacy call", UserWarning)
    return "result"

try:
    legacy()
except UserWarning as w:
    print("caught:", w)
legacy()
