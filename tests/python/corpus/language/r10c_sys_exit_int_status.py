import sys
try:
    print("working")
finally:
    print("finally before exit")
def main():
    try:
        sys.exit(3)
    finally:
        print("cleanup")
main()
print("never")
