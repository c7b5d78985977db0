# Opening a file that does not exist
print("== open missing file ==")
print("reading scores")
with open("scores_that_do_not_exist.txt") as f:
    print(f.read())
