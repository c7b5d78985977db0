# A typo in the __main__ check: nothing runs, then a second check with a NameError.
def main():
    print("running main")

if __name__ == "main":
    main()
print("name is", __name__)
if __name__ == __main__:
    main()
