# Closing sys.stdout to "save" the output, then printing a summary afterwards.
import sys

for i in range(3):
    print("line", i)
sys.stdout.close()
print("summary: 3 lines")
