# An em dash instead of a minus sign.
print("start")

start = 10
end = 3
print(start — end)
