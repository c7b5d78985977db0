# sys.exit(3): the status of the process; finally blocks still run.
import sys

def main():
    try:
        print('working')
        sys.exit(3)
    finally:
        print('cleanup in finally')

main()
print('not reached')
