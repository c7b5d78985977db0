# Mistake: a bare except around the work also catches sys.exit, so the program keeps going.
import sys

def run(step):
    if step == 2:
        print("fatal: stopping")
        sys.exit(3)
    print("step", step)

for step in range(4):
    try:
        run(step)
    except:
        print("something went wrong, continuing")
print("finished with status 0")
