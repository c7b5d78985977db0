# A list used as a dict key
visited = {}
position = [0, 1]
visited[position] = True
print(visited)
