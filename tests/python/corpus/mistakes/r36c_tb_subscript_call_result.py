# taking the third word of each line; one line is too short
lines = ["the quick brown fox", "hello world", "a b c d"]

def third(line):
    return line.split()[2]

for ln in lines:
    print(third(ln).upper())
