# reading the first user's city from a nested API response
response = {
    "users": [
        {"name": "ana", "address": {"city": "Lisbon"}},
        {"name": "ben", "address": None},
    ]
}
for i in range(2):
    print(response["users"][i]["name"], response["users"][i]["address"]["city"])
