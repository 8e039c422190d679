package release

import "encoding/json"

// object is a JSON object read field by field: known fields are taken out,
// and whatever remains is kept verbatim as unknown fields.
type object map[string]json.RawMessage

func decodeObject(data []byte) (object, error) {
	var o object
	if err := json.Unmarshal(data, &o); err != nil {
		return nil, err
	}
	if o == nil {
		return object{}, nil
	}
	return o, nil
}

// take decodes key into dst and removes it; a missing key leaves dst as is.
func (o object) take(key string, dst any) error {
	raw, ok := o[key]
	if !ok {
		return nil
	}
	delete(o, key)
	return json.Unmarshal(raw, dst)
}

// rest returns the fields not taken, or nil when there are none.
func (o object) rest() map[string][]byte {
	if len(o) == 0 {
		return nil
	}
	m := make(map[string][]byte, len(o))
	for k, v := range o {
		m[k] = v
	}
	return m
}

// extraFields starts an output object with the unknown fields, so the known
// ones written after them win if a name ever collides.
func extraFields(extra map[string][]byte) map[string]any {
	m := make(map[string]any, len(extra)+6)
	for k, v := range extra {
		m[k] = json.RawMessage(v)
	}
	return m
}
