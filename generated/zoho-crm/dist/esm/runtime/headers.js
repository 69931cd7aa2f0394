// Header layers merged in order, later layers winning; `Headers` compares names case-insensitively.
export function mergeHeaders(...layers) {
    const headers = new Headers();
    for (const layer of layers) {
        for (const [name, value] of Object.entries(layer ?? {})) {
            if (value !== undefined)
                headers.set(name, value);
        }
    }
    return headers;
}
