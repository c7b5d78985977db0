# A bare except swallows sys.exit.
import sys

def quit_now():
    sys.exit(3)

try:
    quit_now()
except:
    print("caught something:", sys.exc_info()[0].__name__)
print("still running")
sys.exit(2)
