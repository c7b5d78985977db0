# A deprecation helper that points the warning at the caller
import warnings

def old_api(x):
    warnings.warn("old_api() is deprecated; use new_api()", DeprecationWarning, stacklevel=2)
    return x * 2

def main():
    total = 0
    for i in range(3):
        total += old_api(i)
    print(total)

main()
