/// Builds projects in the v1.1 shape (`project_show_v1_1.json`).
struct ProjectRecord: Sendable {
    var id: Int64
    var name: String
    var number: String
    var companyID: Int64
    var companyName: String
    var address = "6309 Carpinteria Ave"
    var city = "Carpinteria"
    var stateCode = "CA"
    var zip = "93013"
    var latitude = 34.3917
    var longitude = -119.5151
    var createdAt = "2022-06-03T00:30:11Z"
    var active = true
    var startDate: String? = "2022-06-06"
    var completionDate: String? = "2023-12-15"

    var displayName: String { number.isEmpty ? name : "\(number) - \(name)" }

    var json: JSONValue {
        [
            "id": .int(id),
            "accounting_project_number": nil,
            "active": .bool(active),
            "address": .string(address),
            "city": .string(city),
            "code": "",
            "company": ["id": .int(companyID), "name": .string(companyName)],
            "completion_date": .string(completionDate),
            "country_code": "US",
            "county": "Santa Barbara County",
            "created_at": .string(createdAt),
            "custom_fields": [:],
            "designated_market_area": nil,
            "display_name": .string(displayName),
            "erp_integrated": false,
            "estimated_value": nil,
            "is_demo": false,
            "latitude": .double(latitude),
            "longitude": .double(longitude),
            "name": .string(name),
            "origin_code": nil,
            "origin_data": nil,
            "origin_id": nil,
            "owners_project_id": nil,
            "parent_job_id": nil,
            "phone": "",
            "photo_id": nil,
            "project_bid_type_id": nil,
            "project_number": .string(number),
            "project_owner_type_id": nil,
            "project_region_id": nil,
            "project_stage": ["id": 3, "name": "Course of Construction"],
            "start_date": .string(startDate),
            "state_code": .string(stateCode),
            "store_number": nil,
            "time_zone": "Pacific Time (US & Canada)",
            "total_value": nil,
            "updated_at": .string(createdAt),
            "zip": .string(zip),
        ]
    }

    /// The `/rest/v1.0/companies/{id}/projects` item: fewer fields, plus `stage_name` and `type_name`.
    var companyListJSON: JSONValue {
        [
            "id": .int(id),
            "name": .string(name),
            "display_name": .string(displayName),
            "project_number": .string(number),
            "address": .string(address),
            "city": .string(city),
            "state_code": .string(stateCode),
            "country_code": "US",
            "zip": .string(zip),
            "county": "Santa Barbara County",
            "latitude": .double(latitude),
            "longitude": .double(longitude),
            "stage": "Course of Construction",
            "stage_name": "Course of Construction",
            "type_name": nil,
            "phone": "",
            "created_at": .string(createdAt),
            "updated_at": .string(createdAt),
            "active": .bool(active),
            "origin_id": nil,
            "origin_data": nil,
            "company": ["id": .int(companyID), "name": .string(companyName)],
        ]
    }

    /// The `/rest/v1.0/projects` item: the company-list item without `stage_name` and `type_name`.
    static func v10(_ companyListItem: JSONValue) -> JSONValue {
        guard case let .object(pairs) = companyListItem else { return companyListItem }
        return .object(pairs.filter { $0.0 != "stage_name" && $0.0 != "type_name" })
    }
}
