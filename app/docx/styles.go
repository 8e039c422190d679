package docx

import "encoding/xml"

type xStyles struct {
	Styles []struct {
		Type    string `xml:"type,attr"`
		ID      string `xml:"styleId,attr"`
		BasedOn xVal   `xml:"basedOn"`
		PPr     struct {
			NumPr *struct {
				Ilvl  xVal `xml:"ilvl"`
				NumID xVal `xml:"numId"`
			} `xml:"numPr"`
		} `xml:"pPr"`
	} `xml:"style"`
}

// styleNumbering reads which paragraph styles carry a list (a heading
// style numbered 第1, 1, (1), say), following w:basedOn.
func styleNumbering(data []byte) (map[string]numRef, error) {
	out := map[string]numRef{}
	if data == nil {
		return out, nil
	}
	var x xStyles
	if err := xml.Unmarshal(data, &x); err != nil {
		return nil, err
	}
	own := map[string]*numRef{}
	based := map[string]string{}
	for _, s := range x.Styles {
		if s.Type != "" && s.Type != "paragraph" {
			continue
		}
		based[s.ID] = s.BasedOn.Val
		if np := s.PPr.NumPr; np != nil {
			own[s.ID] = &numRef{numID: np.NumID.Val, ilvl: np.Ilvl.int(0)}
		}
	}
	for id := range based {
		for s, hops := id, 0; s != "" && hops < 20; s, hops = based[s], hops+1 {
			if r := own[s]; r != nil {
				if r.numID != "" && r.numID != "0" {
					out[id] = *r
				}
				break
			}
		}
	}
	return out, nil
}
