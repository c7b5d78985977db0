import copy

class Team:
    def __init__(self, name, members):
        self.name = name
        self.members = members
    def __repr__(self):
        return f"Team({self.name!r}, {self.members})"

original = Team("red", [["ann", 1], ["bob", 2]])
shallow = copy.copy(original)
deep = copy.deepcopy(original)
original.members[0][1] = 99
original.members.append(["cat", 3])
original.name = "blue"
print(original, shallow, deep, sep="\n")

class Tracked:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print("  __copy__")
        return Tracked(self.v)
    def __deepcopy__(self, memo):
        print("  __deepcopy__, memo size", len(memo))
        return Tracked(copy.deepcopy(self.v, memo))
t = Tracked([1])
c1, c2 = copy.copy(t), copy.deepcopy(t)
print(c1.v is t.v, c2.v is t.v, c2.v == t.v)

shared = [1]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is shared)
cyc = [1]
cyc.append(cyc)
dc = copy.deepcopy(cyc)
print(dc, dc[1] is dc)
nums = [1, 2, 3]
print(nums.copy() == nums[:] == list(nums), nums[:] is nums)
d = {"k": [1]}
d2 = dict(d)
d2["k"].append(2)
print(d)
print(copy.copy(5) is 5 if False else copy.copy((1, [2]))[1] is (1, [2])[1])
gen = (i for i in range(3))
copy.deepcopy(gen)
