# x == 1 or 2 is always true (no error, the wrong branch)
for answer in ["yes", "no", "maybe"]:
    if answer == "yes" or "y":
        print(answer, "-> accepted")
    else:
        print(answer, "-> refused")
