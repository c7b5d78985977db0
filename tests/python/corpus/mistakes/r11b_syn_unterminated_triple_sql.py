# A multi-line query string whose closing quotes were forgotten.
def build_query(table, limit):
    query = '''
        SELECT id, name
        FROM {table}
        LIMIT {limit}
    '
    return query.format(table=table, limit=limit)

def main():
    print(build_query("users", 10))

main()
