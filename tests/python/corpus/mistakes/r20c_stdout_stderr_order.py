# output lines before an error at module level
for i in range(3):
    print("line", i)
print("partial", end="")
import sys
sys.stdout.write("more")
items = [1, 2, 3]
print(items[3])
