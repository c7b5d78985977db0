# turning warnings into errors to find where my code uses old stuff
import warnings

warnings.simplefilter("error")

def legacy():
    warnings.warn("legacy() will go away", FutureWarning)
    return 1

print("before")
try:
    legacy()
except FutureWarning as w:
    print("caught:", w)
legacy()
