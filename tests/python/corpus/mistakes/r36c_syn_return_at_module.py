# quitting the script early with return when there is nothing to do
import sys

jobs = []
if not jobs:
    print("nothing to do")
    return
for j in jobs:
    print(j)
